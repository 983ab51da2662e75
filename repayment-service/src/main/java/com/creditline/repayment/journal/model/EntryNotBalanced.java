package com.creditline.repayment.journal.model;

/** A journal entry whose debits and credits differ, or that moves nothing: never posted. */
public class EntryNotBalanced extends RuntimeException {

    public EntryNotBalanced(String detail) {
        super("a journal entry must balance: " + detail);
    }
}
