package com.creditline.checkout.cash.model;

import com.creditline.common.id.CustomerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A customer's bank account that cash draws are paid to. The account number and the holder's name
 * are personal data: only sealed ({@link PersonalDataSeal}) in the database, with the last four
 * digits kept for the masked form and a keyed fingerprint of the number to recognise it again.
 * Nothing here prints them: {@link #toString} shows the masked number only.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    /** 12 to 19 digits, nothing else. */
    public static final String NUMBER_FORMAT = "[0-9]{12,19}";

    static final String NUMBER_FIELD = "bank_account.account_number";
    static final String HOLDER_FIELD = "bank_account.holder_name";

    private static final Pattern NUMBER = Pattern.compile(NUMBER_FORMAT);

    /** The id's uuid: Hibernate applies no converter to an id. */
    @Id
    private UUID bankAccountId;

    private CustomerId customerId;
    private String bankName;
    private byte[] accountNumberSealed;
    private byte[] holderNameSealed;
    private String lastFour;
    private byte[] numberFingerprint;
    private Instant registeredAt;

    protected BankAccount() {}

    /** Seals the number and the holder's name as it registers them. */
    public static BankAccount register(
            CustomerId customerId,
            String bankName,
            String accountNumber,
            String holderName,
            PersonalDataSeal seal,
            Instant at) {
        Objects.requireNonNull(customerId, "customerId");
        if (accountNumber == null || !NUMBER.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("an account number is 12 to 19 digits");
        }
        BankAccount account = new BankAccount();
        account.bankAccountId = UUID.randomUUID();
        account.customerId = customerId;
        account.bankName = bankName;
        account.accountNumberSealed = seal.seal(NUMBER_FIELD, accountNumber);
        account.holderNameSealed = seal.seal(HOLDER_FIELD, holderName);
        account.lastFour = accountNumber.substring(accountNumber.length() - 4);
        account.numberFingerprint = seal.fingerprint(accountNumber);
        account.registeredAt = at;
        return account;
    }

    /** "**** **** **** 1234": all a screen, a log or a support engineer needs. */
    public static String masked(String lastFour) {
        return "**** **** **** " + lastFour;
    }

    public String maskedNumber() {
        return masked(lastFour);
    }

    /** The number in clear, for the payout provider only. */
    public String accountNumber(PersonalDataSeal seal) {
        return seal.open(NUMBER_FIELD, accountNumberSealed);
    }

    /** The holder's name in clear, for the payout provider only. */
    public String holderName(PersonalDataSeal seal) {
        return seal.open(HOLDER_FIELD, holderNameSealed);
    }

    public BankAccountId bankAccountId() {
        return new BankAccountId(bankAccountId);
    }

    public CustomerId customerId() {
        return customerId;
    }

    public String bankName() {
        return bankName;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean belongsTo(CustomerId customer) {
        return customerId.equals(customer);
    }

    @Override
    public String toString() {
        return "BankAccount[" + bankAccountId() + ", " + bankName + ", " + maskedNumber() + "]";
    }
}
