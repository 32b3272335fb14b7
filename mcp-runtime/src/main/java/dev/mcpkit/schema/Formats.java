package dev.mcpkit.schema;

/**
 * Checks for the {@code format} values the generator emits and clients send most: hand-written
 * parsers (RFC 3339 dates and times, ISO 8601 durations, RFC 4122 UUIDs...) rather than regular
 * expressions, which would cost start-up time and microseconds per call.
 */
final class Formats {

    private Formats() {
    }

    static boolean known(String format) {
        switch (format) {
            case "date-time": case "date": case "time": case "duration": case "uri": case "uuid": case "email":
            case "ipv4":
                return true;
            default:
                return false;
        }
    }

    static boolean valid(String format, String s) {
        switch (format) {
            case "date-time": return dateTime(s);
            case "date": return s.length() == 10 && date(s, 0);
            case "time": return time(s, 0) == s.length();
            case "duration": return duration(s);
            case "uri": return uri(s);
            case "uuid": return uuid(s);
            case "email": return email(s);
            case "ipv4": return ipv4(s);
            default: return true;
        }
    }

    static boolean dateTime(String s) {
        return s.length() >= 20 && date(s, 0) && (s.charAt(10) == 'T' || s.charAt(10) == 't')
                && time(s, 11) == s.length();
    }

    /** {@code YYYY-MM-DD} at {@code i}, with a day that exists in that month. */
    static boolean date(String s, int i) {
        if (s.length() < i + 10 || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-') {
            return false;
        }
        int year = digits(s, i, 4);
        int month = digits(s, i + 5, 2);
        int day = digits(s, i + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
                : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        return day <= days;
    }

    /** RFC 3339 {@code full-time} at {@code i} (offset required); the index after it, or -1. */
    static int time(String s, int i) {
        if (s.length() < i + 9 || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return -1;
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = digits(s, i + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return -1;
        }
        int p = i + 8;
        if (s.charAt(p) == '.') {
            int start = ++p;
            while (p < s.length() && isDigit(s.charAt(p))) {
                p++;
            }
            if (p == start || p >= s.length()) {
                return -1;
            }
        }
        char c = s.charAt(p);
        if (c == 'Z' || c == 'z') {
            return p + 1;
        }
        if ((c == '+' || c == '-') && s.length() >= p + 6 && s.charAt(p + 3) == ':') {
            int h = digits(s, p + 1, 2);
            int m = digits(s, p + 4, 2);
            return h >= 0 && h <= 23 && m >= 0 && m <= 59 ? p + 6 : -1;
        }
        return -1;
    }

    /**
     * ISO 8601 duration as RFC 3339 appendix A writes it ({@code P3Y6M4DT12H30M5S}, {@code P2W}), also
     * allowing what {@link java.time.Duration} prints: a decimal fraction on the seconds.
     */
    static boolean duration(String s) {
        if (s.length() < 3 || s.charAt(0) != 'P') {
            return false;
        }
        String datePart = "YMWD";
        String timePart = "HMS";
        int p = 1;
        boolean inTime = false;
        int order = 0;
        boolean any = false;
        boolean anyTime = false;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == 'T') {
                if (inTime) {
                    return false;
                }
                inTime = true;
                order = 0;
                p++;
                continue;
            }
            int start = p;
            while (p < s.length() && isDigit(s.charAt(p))) {
                p++;
            }
            if (p == start || p >= s.length()) {
                return false;
            }
            boolean fraction = false;
            if (s.charAt(p) == '.' || s.charAt(p) == ',') {
                int f = ++p;
                while (p < s.length() && isDigit(s.charAt(p))) {
                    p++;
                }
                if (p == f || p >= s.length()) {
                    return false;
                }
                fraction = true;
            }
            String units = inTime ? timePart : datePart;
            int unit = units.indexOf(s.charAt(p), order);
            if (unit < 0 || (fraction && !(inTime && s.charAt(p) == 'S'))) {
                return false;
            }
            order = unit + 1;
            any = true;
            anyTime |= inTime;
            p++;
        }
        return any && (!inTime || anyTime);
    }

    static boolean uri(String s) {
        int colon = s.indexOf(':');
        if (colon < 1 || !isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        try {
            new java.net.URI(s);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean uuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return false;
            }
        }
        return true;
    }

    static boolean email(String s) {
        int at = s.lastIndexOf('@');
        if (at < 1 || at > 64 || at == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 127 || "()<>[]\\,;:\"@".indexOf(c) >= 0
                    || (c == '.' && (i == 0 || i == at - 1 || s.charAt(i - 1) == '.'))) {
                return false;
            }
        }
        int labelStart = at + 1;
        for (int i = at + 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                int len = i - labelStart;
                if (len < 1 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                char c = s.charAt(i);
                if (!isLetter(c) && !isDigit(c) && c != '-' && c < 0x80) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean ipv4(String s) {
        int part = 0;
        int p = 0;
        while (part < 4) {
            int start = p;
            int value = 0;
            while (p < s.length() && isDigit(s.charAt(p)) && p - start < 3) {
                value = value * 10 + (s.charAt(p++) - '0');
            }
            if (p == start || value > 255 || (p - start > 1 && s.charAt(start) == '0')) {
                return false;
            }
            part++;
            if (part < 4) {
                if (p >= s.length() || s.charAt(p) != '.') {
                    return false;
                }
                p++;
            }
        }
        return p == s.length();
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
