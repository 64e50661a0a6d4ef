// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/**
 * Camel's pools with threads from the server, because plain threads see neither the application's
 * class loader nor its naming context, and CDI beans called from routes would fail.
 */
final class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {

    private final ManagedThreadFactory managed;

    ManagedThreadPoolFactory(ManagedThreadFactory managed) {
        this.managed = managed;
    }

    @Override
    public ExecutorService newCachedThreadPool(ThreadFactory camelNaming) {
        return super.newCachedThreadPool(managed);
    }

    @Override
    public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory camelNaming) {
        return super.newThreadPool(profile, managed);
    }

    @Override
    public ScheduledExecutorService newScheduledThreadPool(ThreadPoolProfile profile, ThreadFactory camelNaming) {
        return super.newScheduledThreadPool(profile, managed);
    }
}
