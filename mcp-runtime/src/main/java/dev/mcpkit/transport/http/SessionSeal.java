package dev.mcpkit.transport.http;

import dev.mcpkit.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session ids that carry what a session was opened with — the protocol version, the client's capabilities and name,
 * the caller — under an HMAC-SHA256 of a key every instance of a deployment shares ({@code MCP_SESSION_KEY}), so that
 * any instance behind a load balancer can take up a session another one opened, and no client can make one up or
 * change one. The id is {@code s1.<base64url of the JSON>.<base64url of the MAC>}: visible ASCII, as MCP asks.
 */
final class SessionSeal {

    private static final String VERSION = "s1.";
    private static final String ALGORITHM = "HmacSHA256";
    /** Longer ids are not made: a client sends the id with every request. */
    static final int MAX_LENGTH = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    SessionSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A new id holding {@code state} (and a random nonce, so no two sessions share one); null when it would be too long. */
    String seal(Map<String, Object> state) {
        Map<String, Object> sealed = Json.object();
        sealed.putAll(state);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        sealed.put("n", HexFormat.of().formatHex(nonce));
        String body = VERSION + ENCODER.encodeToString(Json.write(sealed).getBytes(StandardCharsets.UTF_8));
        String id = body + "." + ENCODER.encodeToString(mac(body));
        return id.length() <= MAX_LENGTH ? id : null;
    }

    /** What {@code id} holds, or null when it is not one this key sealed (or not sealed at all). */
    @SuppressWarnings("unchecked")
    Map<String, Object> open(String id) {
        if (id == null || id.length() > MAX_LENGTH || !id.startsWith(VERSION)) {
            return null;
        }
        int dot = id.lastIndexOf('.');
        if (dot <= VERSION.length()) {
            return null;
        }
        String body = id.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(id.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            return null;
        }
        try {
            Object state = Json.parse(new String(Base64.getUrlDecoder().decode(body.substring(VERSION.length())), StandardCharsets.UTF_8));
            return state instanceof Map ? (Map<String, Object>) state : null;
        } catch (RuntimeException e) {
            return null;   // sealed by this key, so not expected; refused all the same
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
