package pa.gob.refugio.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Free TCP ports on the loopback interface. */
public final class Ports {

    /**
     * Ports are picked below Linux's ephemeral range (32768–60999 by default): a port the kernel hands out for "any
     * free port" can be taken, before the server that was given it binds, as the local port of an outgoing
     * connection (a Kafka or JDBC client of another service starting meanwhile) — seen once as a service of the
     * benchmark's stack failing with "port in use".
     */
    private static final int LOW = 20000;
    private static final int HIGH = 32000;

    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            if (!inUse(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    /** Whether something already listens on the port. */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private Ports() {
    }
}
