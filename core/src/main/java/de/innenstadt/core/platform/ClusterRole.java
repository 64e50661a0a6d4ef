// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.util.Optional;
import java.util.function.Function;

/**
 * A duty that one instance of the cluster performs at a time, for as long as it lives, such as
 * polling the merchants' SFTP servers or the counter API: polling them from every instance would
 * import each file or hour several times. The holder keeps a {@link ClusterLease} open; when it dies,
 * the database frees the lease and the next instance to ask takes the role over.
 */
public final class ClusterRole {

    private final String name;
    private final Function<String, Optional<ClusterLease.Lease>> leases;
    private ClusterLease.Lease held;

    /**
     * @param name the lease's name, the same on every instance
     * @param leases takes a lease if free ({@link ClusterLease#tryAcquire})
     */
    public ClusterRole(String name, Function<String, Optional<ClusterLease.Lease>> leases) {
        this.name = name;
        this.leases = leases;
    }

    /** Whether this instance has the role now: keeps it if it still has it, else takes it if it is free. */
    public synchronized boolean holdOrTake() {
        if (held != null && held.isHeld()) {
            return true;
        }
        release();
        held = leases.apply(name).orElse(null);
        return held != null;
    }

    /** Gives the role up, e.g. when the application stops, so another instance takes it at once. */
    public synchronized void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }

    @Override
    public String toString() {
        return "cluster role " + name;
    }
}
