package io.huike.workbench.desk;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG: one path of dark squares on a light background with a quiet zone, sized by the page's
 * CSS, with its text as the accessible name, so that it prints sharp and needs no image request.
 */
public final class QrSvg {

    /** The light margin around the code, in modules, that scanners need. */
    static final int QUIET_ZONE = 4;

    private QrSvg() {}

    /** The SVG element encoding the text, labelled for screen readers with {@code label}. */
    public static String of(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        String name = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + name + "\" shape-rendering=\"crispEdges\"><title>" + name
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
