// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Lets a class that starts a Payara Micro of its own run beside the rest of the suite instead of
 * after it: the suite leaves about 40 % of the two cores idle while browsers and servers wait for
 * each other, and those classes spend most of their time booting. Such a class is marked
 * {@code @Execution(CONCURRENT)} and {@code @ExtendWith(BesideTheSuite.class)}; before it starts it
 * waits until every class marked {@link NeedsAQuietMachine} in this run has ended, so no timing
 * limit is measured on a machine it loads and no outage takes a server from under it.
 *
 * <p>As a {@link TestExecutionListener} (registered in {@code META-INF/services}) it learns from the
 * test plan which of those classes this run holds and hears when each one ends.
 */
public final class BesideTheSuite implements TestExecutionListener, BeforeAllCallback {

    private static final Set<String> QUIET_CLASSES_PENDING = ConcurrentHashMap.newKeySet();
    private static final CompletableFuture<Void> QUIET_CLASSES_ENDED = new CompletableFuture<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
                .filter(BesideTheSuite::needsAQuietMachine)
                .forEach(quiet -> QUIET_CLASSES_PENDING.add(quiet.getUniqueId())));
        completeWhenNoneIsPending();
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        ended(identifier);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        ended(identifier);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        QUIET_CLASSES_ENDED.get(1, TimeUnit.HOURS);
    }

    private static void ended(TestIdentifier identifier) {
        if (QUIET_CLASSES_PENDING.remove(identifier.getUniqueId())) {
            completeWhenNoneIsPending();
        }
    }

    private static void completeWhenNoneIsPending() {
        if (QUIET_CLASSES_PENDING.isEmpty()) {
            QUIET_CLASSES_ENDED.complete(null);
        }
    }

    private static boolean needsAQuietMachine(TestIdentifier identifier) {
        return identifier.getSource()
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass().isAnnotationPresent(NeedsAQuietMachine.class))
                .orElse(false);
    }
}
