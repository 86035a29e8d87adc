package io.paystream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports for servers that must be told one up front (a KRaft controller cannot bind to port 0). */
final class FreePorts {

    private FreePorts() {}

    static int next() {
        return distinct(1)[0];
    }

    /**
     * {@code count} different free ports. The sockets are held open together until all are found: closed one at a
     * time, the kernel may hand the same port out twice (a broker once got one port for both of its listeners).
     */
    static int[] distinct(int count) {
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port was only borrowed to learn its number
        }
    }
}
