package de.akn.workflow.member;

import java.math.BigInteger;

/** IBAN check (ISO 13616: length, country, check digits modulo 97) and its printed form. */
final class Iban {

    private Iban() {
    }

    static boolean valid(String text) {
        String iban = compact(text);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") || (iban.startsWith("DE") && iban.length() != 22)) {
            return false;
        }
        var digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** In groups of four, as printed on a letter; empty → null. */
    static String normalized(String text) {
        String iban = compact(text);
        if (iban.isEmpty()) {
            return null;
        }
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s", "").toUpperCase();
    }
}
