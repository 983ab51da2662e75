package com.creditline.common.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds personal data in free text and masks it, keeping only what a support engineer needs. */
public final class PersonalData {

    private PersonalData() {}

    /** A resident identity number: 17 digits and a check digit or X. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    /** A card or bank account number: 13-19 digits, maybe grouped by spaces or dashes. */
    private static final Pattern CARD = Pattern.compile("(?<![0-9])\\d(?:[ -]?\\d){12,18}(?![0-9])");
    /** A mainland mobile number, with or without +86. */
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])");

    private static final Pattern EMAIL =
            Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    public static String mask(String text) {
        if (text == null || text.length() < 6) {
            return text;
        }
        String masked = keepLastFour(ID_NUMBER, text);
        masked = keepLastFour(CARD, masked);
        masked = keepLastFour(MOBILE, masked);
        return EMAIL.matcher(masked).replaceAll("$1***@$2");
    }

    private static String keepLastFour(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String found = matcher.group().replaceAll("[^0-9Xx]", "");
            matcher.appendReplacement(out, "*".repeat(found.length() - 4) + found.substring(found.length() - 4));
        } while (matcher.find());
        return matcher.appendTail(out).toString();
    }
}
