package pa.gob.refugio.registration.partner.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One webhook POST, made to the exact address the target's host name resolved to, judged BEFORE connecting: the name
 * is resolved once, every address it resolves to must be allowed ({@link TargetAddresses}; one refused address refuses
 * the target), and the socket connects to the first of those addresses; there is no second lookup (a DNS answer that
 * changes between the check and the connection cannot redirect the request). TLS is negotiated with the host name
 * (SNI, certificate checked against the name). Only the status line of the answer is read: redirects are never
 * followed. A failure carries a generic {@link Failed#outcome() outcome} for the partner's delivery log and a detail
 * for operators' logs only.
 */
final class PinnedConnection {

    /** Resolves a host name to its addresses (the JDK resolver; replaceable in tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why an attempt made no HTTP exchange: a generic outcome the partner may see, a detail it may not. */
    static final class Failed extends Exception {

        private final String outcome;

        Failed(String outcome, String detail, Throwable cause) {
            super(detail, cause);
            this.outcome = outcome;
        }

        String outcome() {
            return outcome;
        }
    }

    static final String TARGET_NOT_ALLOWED = "target-not-allowed";
    static final String TIMEOUT = "timeout";
    static final String REFUSED = "refused";
    static final String UNRESOLVED = "unresolved";
    static final String TLS_FAILED = "tls-failed";
    static final String FAILED = "failed";

    private static final byte[] LOOPBACK_V4 = {127, 0, 0, 1};

    private final Resolver resolver;
    private final Set<String> loopbackHosts;
    private final SSLSocketFactory tls;

    /**
     * @param loopbackHosts host names allowed to resolve to 127.0.0.1 (and to no other refused address): an explicit
     *                      test setting, empty in production
     */
    PinnedConnection(Resolver resolver, Set<String> loopbackHosts, SSLSocketFactory tls) {
        this.resolver = resolver;
        this.loopbackHosts = loopbackHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.tls = tls;
    }

    /** The address to connect to for {@code host}: resolved once and judged (refused: {@code target-not-allowed}). */
    InetAddress pin(String host) throws Failed {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Failed(UNRESOLVED, "host " + name + " does not resolve", e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new Failed(UNRESOLVED, "host " + name + " resolves to no address", null);
        }
        boolean loopbackAllowed = loopbackHosts.contains(name.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (loopbackAllowed && address instanceof Inet4Address
                    && Arrays.equals(address.getAddress(), LOOPBACK_V4)) {
                continue;
            }
            String reason = TargetAddresses.refusal(address).orElse(null);
            if (reason != null) {
                throw new Failed(TARGET_NOT_ALLOWED, "host " + name + " resolves to " + address.getHostAddress()
                        + " (" + reason + ")", null);
            }
        }
        return addresses[0];
    }

    /** POSTs {@code body} to {@code uri} on the pinned address; returns the answer's HTTP status. */
    int post(URI uri, Map<String, String> headers, byte[] body, Duration connectTimeout, Duration readTimeout)
            throws Failed {
        String host = uri.getHost();
        InetAddress address = pin(host);
        int port = TargetUrlPolicy.portOf(uri);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        Socket socket = new Socket();
        try {
            try {
                socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
            } catch (SocketTimeoutException e) {
                throw new Failed(TIMEOUT, "connect to " + address.getHostAddress() + ":" + port + " timed out", e);
            } catch (ConnectException | NoRouteToHostException e) {
                throw new Failed(REFUSED, "connect to " + address.getHostAddress() + ":" + port + ": " + e, e);
            }
            socket.setSoTimeout((int) readTimeout.toMillis());
            Socket channel = socket;
            if (https) {
                channel = handshake(socket, host, port);
            }
            OutputStream out = channel.getOutputStream();
            out.write(head(uri, host, port, https, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return status(new BufferedInputStream(channel.getInputStream()));
        } catch (SocketTimeoutException e) {
            throw new Failed(TIMEOUT, "no answer from " + host + " within " + readTimeout, e);
        } catch (SSLException e) {
            throw new Failed(TLS_FAILED, "TLS with " + host + ": " + e, e);
        } catch (IOException e) {
            throw new Failed(FAILED, "exchange with " + host + ": " + e, e);
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    private Socket handshake(Socket socket, String host, int port) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static String head(URI uri, String host, int port, boolean https, Map<String, String> headers,
                               int length) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = https ? port == 443 : port == 80;
        StringBuilder sb = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(defaultPort ? "" : ":" + port).append("\r\n");
        headers.forEach((name, value) -> sb.append(name).append(": ").append(value).append("\r\n"));
        return sb.append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n\r\n").toString();
    }

    /** The status of the answer's status line ({@code HTTP/1.1 204 No Content}); the rest is not read. */
    private static int status(InputStream in) throws IOException, Failed {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.size() > 1024) {
                break;
            }
            line.write(c);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1).strip();
        String[] parts = text.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new Failed(FAILED, "not an HTTP answer: " + (text.length() > 80 ? text.substring(0, 80) : text),
                    null);
        }
        try {
            int status = Integer.parseInt(parts[1]);
            if (status < 100 || status > 599) {
                throw new NumberFormatException(parts[1]);
            }
            return status;
        } catch (NumberFormatException e) {
            throw new Failed(FAILED, "not an HTTP status: " + parts[1], e);
        }
    }
}
