package uk.partnership.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free port of localhost that a test controls, to take a real server away from the application
 * and bring it back while the application runs. {@link #cut()} closes every open connection (as when the server
 * stops) and from then on accepts new connections but never answers them (as an unreachable host: the client waits
 * for its own time-outs); {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("tcp-proxy-accept").start(this::accept);
    }

    /** A proxy to {@code host:port}, forwarding until cut. */
    public static TcpProxy to(String host, int port) throws IOException {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and stops answering new ones. */
    public void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
    }

    /** Forwards new connections again; the ones accepted while cut are dropped. */
    public void restore() {
        open.forEach(TcpProxy::closeQuietly);
        cut = false;
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(TcpProxy::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                if (cut) {
                    continue;   // held open, never answered
                }
                Socket server = new Socket();
                server.connect(target, 2_000);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                // the listener closed, or the target refused: the client sees its connection closed
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
