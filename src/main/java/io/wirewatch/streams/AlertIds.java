package io.wirewatch.streams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Alert ids derived from the condition, so a re-emitted alert is recognisably the same one. */
final class AlertIds {
    private AlertIds() {
    }

    static String of(String type, Object... condition) {
        StringBuilder sb = new StringBuilder(type);
        for (Object part : condition) {
            sb.append('|').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return type + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
