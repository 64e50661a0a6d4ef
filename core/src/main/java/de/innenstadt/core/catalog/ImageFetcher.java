// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import de.innenstadt.core.platform.AddressRanges;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a picture a merchant's feed names by address. Whoever writes a feed chooses the address, so the
 * platform must not become their way into its own network (server-side request forgery): the host's
 * addresses are looked up first and any that is this machine, a private or link-local network (the cloud
 * metadata service at 169.254.169.254) or otherwise not public is refused before a connection is made,
 * and every redirect is checked the same way instead of being followed blindly. The answer is read only
 * up to the size limit and only for a limited time, so a 50 MB file or a server that trickles bytes
 * costs nothing but the wait. Networks a test or an intranet needs are allowed by configuration.
 * What remains (a host name whose address changes between the look-up and the connection) is recorded in
 * ADR 0012.
 */
public final class ImageFetcher {

    /** Never fetched from unless allowed by configuration: RFC 6890's special-purpose ranges. */
    private static final AddressRanges NOT_PUBLIC = AddressRanges.parse("image fetcher", "0.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10,"
            + " 127.0.0.0/8, 169.254.0.0/16, 172.16.0.0/12, 192.0.0.0/24, 192.0.2.0/24, 192.168.0.0/16, 198.18.0.0/15,"
            + " 198.51.100.0/24, 203.0.113.0/24, 224.0.0.0/4, 240.0.0.0/4, ::/96, 64:ff9b::/96, 100::/64, 2001:db8::/32,"
            + " fc00::/7, fe80::/10, ff00::/8");

    static final int MAX_REDIRECTS = 3;

    private final AddressRanges allowed;
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param allowed networks fetched from although they are not public (tests, a city's own picture server)
     * @param maxKilobytes the largest answer read
     * @param timeout how long one request may take, from connecting to the last byte
     */
    public ImageFetcher(AddressRanges allowed, int maxKilobytes, Duration timeout) {
        this.allowed = allowed;
        this.maxBytes = maxKilobytes * 1024L;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * The bytes at the address, following up to three redirects.
     *
     * @throws ImageRefusedException for an address that is not http(s), not allowed, unreachable, answered
     *         with an error or too many redirects, or an answer larger than the limit
     */
    public byte[] fetch(String address) throws ImageRefusedException {
        URI uri = parse(address);
        for (int redirects = 0; ; redirects++) {
            requireAllowed(uri);
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                if (redirects == MAX_REDIRECTS) {
                    throw new ImageRefusedException(ImageRefusal.TOO_MANY_REDIRECTS, shortened(address));
                }
                uri = parse(uri.resolve(response.headers().firstValue("Location").get().strip()).toString());
                continue;
            }
            if (status != 200) {
                throw new ImageRefusedException(ImageRefusal.HTTP_STATUS, "HTTP " + status, status >= 500 || status == 429);
            }
            return response.body();
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws ImageRefusedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "image/webp,image/png,image/jpeg;q=0.9,*/*;q=0.1")
                .header("User-Agent", "Innenstadt-Bildabruf/1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
                info -> new LimitedBody(info.statusCode() == 200 ? maxBytes : 0,
                        info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ImageRefusedException(ImageRefusal.UNREACHABLE, "no complete answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImageRefusedException(ImageRefusal.UNREACHABLE, "interrupted");
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge tooLarge) {
                    throw new ImageRefusedException(ImageRefusal.TOO_LARGE, tooLarge.getMessage());
                }
            }
            String reason = e.getCause() == null || e.getCause().getMessage() == null ? String.valueOf(e.getCause())
                    : e.getCause().getMessage();
            throw new ImageRefusedException(ImageRefusal.UNREACHABLE, shortened(reason));
        }
    }

    private static URI parse(String address) throws ImageRefusedException {
        String text = address == null ? "" : address.strip().replace(" ", "%20");
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ImageRefusedException(ImageRefusal.BAD_ADDRESS, shortened(text));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImageRefusedException(ImageRefusal.BAD_ADDRESS, shortened(text));
        }
    }

    /** Every address of the host must be public or allowed: a name with one public and one private address is refused. */
    private void requireAllowed(URI uri) throws ImageRefusedException {
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImageRefusedException(ImageRefusal.UNREACHABLE, "unknown host " + shortened(host));
        }
        for (InetAddress address : addresses) {
            if (!allowed.contains(address) && (NOT_PUBLIC.contains(address) || address.isAnyLocalAddress()
                    || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                    || address.isMulticastAddress())) {
                String literal = address.getHostAddress();
                throw new ImageRefusedException(ImageRefusal.ADDRESS_NOT_ALLOWED,
                        host.equals(literal) ? literal : shortened(host) + " → " + literal);
            }
        }
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** The answer's bytes up to a limit; the download stops as soon as it is passed (or announced to be). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final long announced;
        private Flow.Subscription subscription;

        LimitedBody(long limit, long announced) {
            this.limit = limit;
            this.announced = announced;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (limit > 0 && announced > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(announced + " bytes announced, at most " + limit + " read"));
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer buffer : items) {
                if (result.isDone()) {
                    return;
                }
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    // an answer not read (a redirect, an error page) ends here too, without a failure
                    if (limit == 0) {
                        result.complete(new byte[0]);
                    } else {
                        result.completeExceptionally(new TooLarge("more than " + limit + " bytes"));
                    }
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** The answer is larger than the limit. */
    private static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }
}
