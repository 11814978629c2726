package io.huike.workbench.layout;

import java.net.URI;

/** Where a switch (language, community) may send the browser back to: a path of ours, never another site. */
public final class LocalPaths {

    private LocalPaths() {}

    /**
     * The path if it is one of this site's ({@code /desk}, {@code /cases?status=OPEN}), else {@code /}. A path
     * starting with {@code //} or a backslash, or holding a scheme or control characters, could lead elsewhere.
     */
    public static String safeReturn(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return "/";
        }
        if (path.startsWith("//") || path.startsWith("/\\") || path.indexOf('\\') >= 0) {
            return "/";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                return "/";
            }
        }
        try {
            URI.create(path);
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
        return path;
    }

    /** {@link #safeReturn} as a URI to redirect to. */
    public static URI safeReturnUri(String path) {
        return URI.create(safeReturn(path));
    }
}
