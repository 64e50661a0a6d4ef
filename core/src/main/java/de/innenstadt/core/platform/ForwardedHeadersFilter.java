// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets both web applications see the client behind our load balancers (see {@link TrustedProxies}):
 * request limits, login waits and cookies then work per shopper and per scheme, not per balancer.
 * A request from any other address passes unchanged, whatever headers it carries.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class ForwardedHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient TrustedProxies proxies;

    @Override
    public void init() throws ServletException {
        try {
            proxies = TrustedProxies.parse(ConfigProvider.getConfig()
                    .getOptionalValue("innenstadt.http.trusted-proxies", String.class).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new ServletException(e.getMessage(), e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(new ForwardedRequest(request, proxies), response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
