package com.creditline.repayment.funding.model;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The risk grades a funder funds, kept as their letters in order ("ABC"): a non-empty set of A to E. */
public final class Grades {

    static final String ALL = "ABCDE";

    private Grades() {}

    /** The letters given, each once and in order; refused unless they are a non-empty set of A to E. */
    public static String of(Collection<String> letters) {
        if (letters == null || letters.isEmpty()) {
            throw new GradesNotRecognised(String.valueOf(letters));
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String letter : letters) {
            if (letter == null || letter.length() != 1 || !ALL.contains(letter)) {
                throw new GradesNotRecognised(String.valueOf(letters));
            }
            sorted.add(letter);
        }
        return String.join("", sorted);
    }

    /** The letters of grades as kept ("ABC"), one by one. */
    public static List<String> letters(String grades) {
        return grades.chars().mapToObj(Character::toString).toList();
    }

    /** Whether grades is as {@link #of} keeps them. */
    static boolean wellFormed(String grades) {
        return grades != null && !grades.isEmpty() && of(letters(grades)).equals(grades);
    }
}
