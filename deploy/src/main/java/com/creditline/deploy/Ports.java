package com.creditline.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finding ports to listen on: the preferred one when it is free, any free one otherwise. */
final class Ports {

    private Ports() {}

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on this machine", e);
        }
    }

    /** The preferred port if free; otherwise a free one (0 means: any free one). */
    static int preferred(int port) {
        return port > 0 && isFree(port) ? port : anyFree();
    }
}
