package dev.mcpkit.protocol;

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
 * Tokens that carry state through a client under an HMAC-SHA256 of a key every instance of a deployment shares
 * ({@code MCP_SESSION_KEY}, else one drawn at start): what a client holds can be read by it but not made up or changed,
 * and any instance can open what another sealed. Two kinds, told apart by a prefix the MAC covers, so one is never
 * taken for the other: HTTP session ids ({@code s1.}, which hold what the session was opened with) and the
 * {@code requestState} of a 2026-07-28 request that asks the client for input ({@code r1.}, the answers so far). A
 * token is {@code <prefix><base64url of the JSON>.<base64url of the MAC>}: visible ASCII.
 */
public final class Seal {

    /** HTTP session ids. */
    public static final String SESSION = "s1.";
    /** The state of a request that asks the client for input over several rounds. */
    static final String REQUEST_STATE = "r1.";
    private static final String ALGORITHM = "HmacSHA256";
    /** Longer session ids are not made: a client sends the id with every request. */
    public static final int MAX_SESSION_ID_LENGTH = 4096;
    /** Request states hold the client's answers so far; longer ones are refused (the message limit bounds them too). */
    static final int MAX_STATE_LENGTH = 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public Seal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A seal with a key of its own, for a server that runs as one process (stdio, or HTTP without a session key). */
    public static Seal random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new Seal(key);
    }

    /** A new session id holding {@code state}; null when it would be too long. */
    public String sealSession(Map<String, Object> state) {
        return seal(SESSION, state, MAX_SESSION_ID_LENGTH);
    }

    /** What a session id holds, or null when this key did not seal it as one. */
    public Map<String, Object> openSession(String id) {
        return open(SESSION, id, MAX_SESSION_ID_LENGTH);
    }

    /**
     * A token holding {@code state} (and a random nonce, so no two are alike) under {@code prefix}; null when it would
     * be longer than {@code maxLength}.
     */
    String seal(String prefix, Map<String, Object> state, int maxLength) {
        Map<String, Object> sealed = Json.object();
        sealed.putAll(state);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        sealed.put("n", HexFormat.of().formatHex(nonce));
        String body = prefix + ENCODER.encodeToString(Json.write(sealed).getBytes(StandardCharsets.UTF_8));
        String id = body + "." + ENCODER.encodeToString(mac(body));
        return id.length() <= maxLength ? id : null;
    }

    /** What {@code id} holds, or null when it is not one this key sealed under {@code prefix} (or not sealed at all). */
    @SuppressWarnings("unchecked")
    Map<String, Object> open(String prefix, String id, int maxLength) {
        if (id == null || id.length() > maxLength || !id.startsWith(prefix)) {
            return null;
        }
        int dot = id.lastIndexOf('.');
        if (dot <= prefix.length()) {
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
            Object state = Json.parse(new String(Base64.getUrlDecoder().decode(body.substring(prefix.length())), StandardCharsets.UTF_8));
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
