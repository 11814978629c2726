package io.huike.cases.webhooks;

import io.huike.kernel.refusals.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a webhook may be sent to: http or https, no user-info, and a host whose every address is public. Loopback,
 * link-local (the cloud metadata address 169.254.169.254 among them), private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * carrier-grade NAT (100.64/10), the any-local address and multicast are refused, unless an operator allowed the
 * network explicitly. Checked at subscribing and again before each send, as a name may resolve elsewhere by then.
 */
public final class WebhookAddresses {

    /** Resolves a host name to all its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Network> INTERNAL =
            List.of(Network.parse("100.64.0.0/10"), Network.parse("fc00::/7"), Network.parse("0.0.0.0/8"));

    private final List<Network> allowed;
    private final Resolver resolver;

    /** @param allowedNetworks CIDR blocks (e.g. {@code 127.0.0.1/32}) an operator allows although internal */
    public WebhookAddresses(List<String> allowedNetworks, Resolver resolver) {
        this.allowed = allowedNetworks.stream().map(Network::parse).toList();
        this.resolver = resolver;
    }

    /**
     * The URL, checked.
     *
     * @throws InvalidInput naming {@code url} when it is not one a webhook may go to
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("must be http or https");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("may not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("names no host");
        }
        if (uri.getRawFragment() != null) {
            throw refused("may not have a fragment");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("names a host that does not resolve: " + host);
        }
        if (addresses.length == 0) {
            throw refused("names a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(network -> network.contains(address))) {
                throw refused("resolves to an internal address (" + address.getHostAddress()
                        + "); webhooks go to public addresses only");
            }
        }
        return uri;
    }

    /** Whether the address belongs to this machine, its local networks or a range not routed on the internet. */
    public static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || INTERNAL.stream().anyMatch(network -> network.contains(address));
    }

    private static InvalidInput refused(String why) {
        return new InvalidInput("url", "The URL " + why);
    }

    /** A block of addresses in CIDR notation. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            try {
                byte[] bytes = InetAddress.getByName(literal(address)).getAddress();
                int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("Not a network: " + cidr);
                }
                return new Network(bytes, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("Not a network: " + cidr, e);
            }
        }

        /** Only address literals: a name here would be looked up, which a configured network must not need. */
        private static String literal(String address) throws UnknownHostException {
            if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                throw new UnknownHostException("Not an address literal: " + address);
            }
            return address;
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
