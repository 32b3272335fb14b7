package ${package}.tools;

import dev.mcpkit.Arg;
import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import dev.mcpkit.Tool;
import dev.mcpkit.ToolException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The server's tools: the public methods marked {@code @Tool}, registered by the server class. */
public class TextTools {

    /** A secret setting: read from the environment, a .env file or the OS keychain, never hard-coded. */
    @Setting(description = "Key used by the sign tool (HMAC)", secret = true)
    Secret SIGNING_KEY;

    /** How many words and characters a text has; returned as structured content with an output schema. */
    public record TextStats(@Arg(description = "Number of words") int words,
                            @Arg(description = "Number of characters") int characters,
                            @Arg(description = "The longest word") String longestWord) {
    }

    /** Signature algorithms the sign tool offers. */
    public enum Algorithm { HmacSHA256, HmacSHA512 }

    @Tool(description = "Counts the words and characters of a text", readOnly = true)
    public TextStats wordCount(@Arg(description = "The text to measure") String text,
                               @Arg(description = "Only count words at least this long", defaultValue = "1", min = 1)
                               int minLength) {
        int words = 0;
        String longest = "";
        for (String word : text.split("\\s+")) {
            if (word.length() >= minLength) {
                words++;
                if (word.length() > longest.length()) {
                    longest = word;
                }
            }
        }
        return new TextStats(words, text.length(), longest);
    }

    @Tool(description = "Signs a message with the configured SIGNING_KEY; returns the signature as hex",
            readOnly = true, settings = "SIGNING_KEY")
    public String sign(@Arg(description = "The message to sign") String message,
                       @Arg(description = "The signature algorithm", defaultValue = "HmacSHA256") Algorithm algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm.name());
            mac.init(new SecretKeySpec(SIGNING_KEY.reveal().getBytes(StandardCharsets.UTF_8), algorithm.name()));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new ToolException("Cannot sign with " + algorithm + ": " + e.getMessage());
        }
    }
}
