// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request that came through one of our own load balancers, seen as the client sent it: the
 * client's address from {@code X-Forwarded-For}, the scheme from {@code X-Forwarded-Proto} (so
 * {@link #isSecure()} is true behind a TLS-terminating balancer) and the host from
 * {@code X-Forwarded-Host}. Only built for requests from a {@link TrustedProxies trusted proxy}.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::(\\d{1,5}))?");

    private final String clientAddress;
    private final String scheme;
    private final String serverName;
    private final int serverPort;

    ForwardedRequest(HttpServletRequest request, TrustedProxies proxies) {
        super(request);
        this.clientAddress = proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        String proto = first(request.getHeader("X-Forwarded-Proto")).toLowerCase(Locale.ROOT);
        this.scheme = proto.equals("https") || proto.equals("http") ? proto : request.getScheme();
        Matcher host = HOST.matcher(first(request.getHeader("X-Forwarded-Host")));
        if (host.matches()) {
            this.serverName = host.group(1);
            this.serverPort = host.group(2) != null ? Integer.parseInt(host.group(2)) : scheme.equals("https") ? 443 : 80;
        } else {
            this.serverName = request.getServerName();
            this.serverPort = proto.isEmpty() ? request.getServerPort() : scheme.equals("https") ? 443 : 80;
        }
    }

    /** The value the outermost proxy wrote: the first of a comma-separated list, or "" when absent. */
    private static String first(String header) {
        if (header == null) {
            return "";
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }

    @Override
    public String getRemoteAddr() {
        return clientAddress;
    }

    /** The address, not a name: a reverse lookup per request would be slow and tells nothing more. */
    @Override
    public String getRemoteHost() {
        return clientAddress;
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public boolean isSecure() {
        return scheme.equals("https");
    }

    @Override
    public String getServerName() {
        return serverName;
    }

    @Override
    public int getServerPort() {
        return serverPort;
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer(scheme).append("://").append(serverName);
        if (serverPort != (scheme.equals("https") ? 443 : 80)) {
            url.append(':').append(serverPort);
        }
        return url.append(getRequestURI());
    }
}
