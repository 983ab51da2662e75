package com.creditline.repayment.journal.model;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One balanced movement of money: its lines' debits equal their credits, to the fen, or it is never
 * made. Never changed once posted; a correction is another entry that reverses it.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long entryId;

    private LocalDate businessDate;
    private String reference;
    private String description;
    private Instant recordedAt;

    /** The plan the entry is about; null for an entry about the whole book (end of day, the reserve). */
    private PlanId planId;

    @ElementCollection
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line_number")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {}

    private JournalEntry(
            LocalDate businessDate,
            String reference,
            String description,
            Instant recordedAt,
            PlanId planId,
            List<JournalLine> lines) {
        Money debits = total(lines, Side.DEBIT);
        Money credits = total(lines, Side.CREDIT);
        if (lines.isEmpty() || !debits.equals(credits)) {
            throw new EntryNotBalanced(reference + " debits " + debits + ", credits " + credits);
        }
        this.businessDate = businessDate;
        this.reference = reference;
        this.description = description;
        this.recordedAt = recordedAt;
        this.planId = planId;
        this.lines = new ArrayList<>(lines);
    }

    /** Starts an entry for what happened on a business date, under the reference of its cause. */
    public static Draft draft(LocalDate businessDate, String reference, String description, Instant recordedAt) {
        return new Draft(businessDate, reference, description, recordedAt);
    }

    /** The entry that undoes this one: every line to the other side, under the given reference. */
    public JournalEntry reversal(LocalDate on, String reference, Instant at) {
        Draft draft = draft(on, reference, "reversal of entry " + entryId + ": " + description, at)
                .about(planId);
        for (JournalLine line : lines) {
            draft.line(line.account(), line.holder(), opposite(line.side()), line.amount());
        }
        return draft.post();
    }

    private static Side opposite(Side side) {
        return side == Side.DEBIT ? Side.CREDIT : Side.DEBIT;
    }

    private static Money total(List<JournalLine> lines, Side side) {
        return lines.stream()
                .filter(l -> l.side() == side)
                .map(JournalLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public Long id() {
        return entryId;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public PlanId planId() {
        return planId;
    }

    public List<JournalLine> lines() {
        return List.copyOf(lines);
    }

    /**
     * The lines of an entry being made; amounts to the same account, holder and side add up into one
     * line, and zero amounts leave none.
     */
    public static final class Draft {

        private record Key(Account account, String holder, Side side) {}

        private final LocalDate businessDate;
        private final String reference;
        private final String description;
        private final Instant recordedAt;
        private PlanId planId;
        private final Map<Key, Money> amounts = new LinkedHashMap<>();

        private Draft(LocalDate businessDate, String reference, String description, Instant recordedAt) {
            this.businessDate = businessDate;
            this.reference = reference;
            this.description = description;
            this.recordedAt = recordedAt;
        }

        /** The plan the entry is about (none by default). */
        public Draft about(PlanId plan) {
            this.planId = plan;
            return this;
        }

        public Draft debit(Account account, Money amount) {
            return line(account, JournalLine.PLATFORM, Side.DEBIT, amount);
        }

        public Draft credit(Account account, Money amount) {
            return line(account, JournalLine.PLATFORM, Side.CREDIT, amount);
        }

        public Draft line(Account account, String holder, Side side, Money amount) {
            if (!amount.isZero()) {
                amounts.merge(new Key(account, holder, side), amount, Money::plus);
            }
            return this;
        }

        /** Whether the draft has any line: an operation that moved nothing posts nothing. */
        public boolean isEmpty() {
            return amounts.isEmpty();
        }

        /** The balanced entry; {@link EntryNotBalanced} when its sides differ. */
        public JournalEntry post() {
            List<JournalLine> lines = amounts.entrySet().stream()
                    .map(e -> new JournalLine(
                            e.getKey().account(),
                            e.getKey().holder(),
                            e.getKey().side(),
                            e.getValue()))
                    .toList();
            return new JournalEntry(businessDate, reference, description, recordedAt, planId, lines);
        }
    }
}
