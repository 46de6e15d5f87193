package io.wirewatch.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Who may read the API. Rules:
 * <ul>
 *   <li>bound to a loopback address ({@code 127.0.0.1}, {@code ::1}, {@code localhost}) with no token
 *       configured: open, as only this machine can connect;</li>
 *   <li>bound anywhere else ({@code 0.0.0.0}, a LAN address, a host name): a token is required, and the
 *       server refuses to start without one;</li>
 *   <li>with a token configured (wherever bound): requests must carry {@code Authorization: Bearer <token>},
 *       compared in constant time.</li>
 * </ul>
 * The token itself never appears in a message of this class.
 */
public final class BearerAuth {
    /** The setting (and, via the environment convention, {@code WIREWATCH_HTTP_TOKEN}). */
    public static final String TOKEN_KEY = "wirewatch.http.token";
    private static final String PREFIX = "bearer ";

    private final byte[] tokenDigest;

    private BearerAuth(String token) {
        this.tokenDigest = token == null ? null : sha256(token);
    }

    /**
     * @param host  the address the server binds
     * @param token the configured token, or null/blank for none
     * @throws IllegalArgumentException when the server would be reachable from other machines without a token
     */
    public static BearerAuth forBinding(String host, String token) {
        boolean hasToken = token != null && !token.isBlank();
        if (!hasToken && !isLoopback(host)) {
            throw new IllegalArgumentException("wirewatch.http.host=" + host + " is reachable from other machines: "
                    + "set a bearer token with " + TOKEN_KEY + " (or the environment variable WIREWATCH_HTTP_TOKEN), "
                    + "or bind 127.0.0.1");
        }
        return new BearerAuth(hasToken ? token.strip() : null);
    }

    /** No authentication: for tests of other concerns. */
    public static BearerAuth none() {
        return new BearerAuth(null);
    }

    public boolean required() {
        return tokenDigest != null;
    }

    /** True when no token is required, or the header carries the right one. */
    public boolean allows(String authorizationHeader) {
        if (tokenDigest == null) {
            return true;
        }
        if (authorizationHeader == null || authorizationHeader.length() <= PREFIX.length()
                || !authorizationHeader.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX)) {
            return false;
        }
        // Digests have one length whatever the guess, so the comparison leaks neither content nor length.
        return MessageDigest.isEqual(tokenDigest, sha256(authorizationHeader.substring(PREFIX.length()).strip()));
    }

    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false; // an empty host binds every interface
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return required() ? "BearerAuth{token required}" : "BearerAuth{open on loopback}";
    }
}
