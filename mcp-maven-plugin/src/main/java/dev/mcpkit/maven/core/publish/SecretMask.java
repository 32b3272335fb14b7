package dev.mcpkit.maven.core.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hides the values of credentials in text that leaves the process (JReleaser's log, exception messages): the value of
 * every variable named as a token, password, passphrase, secret, key or user name ({@code JRELEASER_GITHUB_TOKEN},
 * {@code MCPB_SIGNING_KEY}...), and of any variable a channel needs, becomes {@code ****}, and so does each of its
 * lines (an armored key spans many).
 */
public final class SecretMask {

    private static final int SHORTEST = 4;
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("TOKEN|PASSWORD|PASSPHRASE|SECRET|KEY|USERNAME|CREDENTIAL");

    private final List<String> values;

    private SecretMask(List<String> values) {
        this.values = values;
    }

    public static SecretMask of(Map<String, String> environment) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (!isCredential(e.getKey()) || e.getValue() == null) {
                continue;
            }
            add(values, e.getValue().strip());
            e.getValue().lines().map(String::strip).forEach(line -> add(values, line));
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(values));
    }

    private static boolean isCredential(String name) {
        if (CREDENTIAL_NAME.matcher(name).find()) {
            return true;
        }
        for (ReleaseChannel channel : ReleaseChannel.values()) {
            if (channel.credentials().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> values, String value) {
        // armor headers and short lines ("=abcd") are not secret and would mask ordinary words
        if (value.length() >= SHORTEST && !value.startsWith("-----") && !values.contains(value)) {
            values.add(value);
        }
    }

    public String apply(String text) {
        String masked = text;
        for (String v : values) {
            masked = masked.replace(v, "****");
        }
        return masked;
    }
}
