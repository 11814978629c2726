package io.huike.workbench.status;

import io.huike.workbench.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the resident's status page as printed on slips and encoded in their QR codes. They start with
 * the configured public base URL ({@code huike.workbench.public-url}), never with the Host of the request that printed
 * them, which may be an address only the staff's network reaches.
 */
@ApplicationScoped
public class StatusLinks {

    private final String base;

    StatusLinks(WorkbenchConfig config) {
        this.base = baseOf(config.workbench().publicUrl());
    }

    /** The status page itself. */
    public String page() {
        return page(base);
    }

    /** The status page with the tracking number filled in: the resident adds the phone's last four digits. */
    public String lookup(String trackingNumber) {
        return lookup(base, trackingNumber);
    }

    static String page(String base) {
        return base + "/status";
    }

    static String lookup(String base, String trackingNumber) {
        return page(base) + "?number=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8);
    }

    /** The base URL without trailing slashes, so that paths are appended once. */
    static String baseOf(String configured) {
        String base = configured.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
