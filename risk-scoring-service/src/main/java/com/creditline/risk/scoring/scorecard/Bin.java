package com.creditline.risk.scoring.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bin of one feature: for a number, the range from {@code from} (inclusive; none is minus
 * infinity) to {@code below} (exclusive; none is infinity); for a category, the categories it
 * groups. An applicant without a value, or with a category the training data never saw, falls in no
 * bin and gets the neutral weight of evidence (zero points).
 */
public record Bin(Double from, Double below, List<String> categories) {

    public Bin {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static Bin range(Double from, Double below) {
        return new Bin(from, below, List.of());
    }

    public static Bin of(List<String> categories) {
        return new Bin(null, null, categories);
    }

    public boolean holds(Feature feature, Observation applicant) {
        if (feature.kind() == Feature.Kind.CATEGORY) {
            String category = applicant.category(feature.name());
            return category != null && categories.contains(category);
        }
        Double value = applicant.number(feature.name());
        return value != null && (from == null || value >= from) && (below == null || value < below);
    }

    /** This bin and the next one as one bin. */
    Bin joinedWith(Bin next) {
        if (!categories.isEmpty() || !next.categories.isEmpty()) {
            List<String> joined = new ArrayList<>(categories);
            joined.addAll(next.categories);
            return Bin.of(joined);
        }
        return Bin.range(from, next.below);
    }

    /** For people: {@code [12, 24)}, {@code < 12}, {@code >= 36}, or the categories. */
    public String label() {
        if (!categories.isEmpty()) {
            return String.join(" | ", categories);
        }
        if (from == null && below == null) {
            return "any";
        }
        if (from == null) {
            return "< " + plain(below);
        }
        return below == null ? ">= " + plain(from) : "[" + plain(from) + ", " + plain(below) + ")";
    }

    private static String plain(Double value) {
        return Objects.equals(value, Math.rint(value)) ? String.valueOf(value.longValue()) : value.toString();
    }
}
