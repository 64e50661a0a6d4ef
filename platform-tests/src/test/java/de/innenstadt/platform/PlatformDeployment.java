// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all Arquillian test classes share: shop-web at "/" and the merchant portal at
 * "/portal" (added by arquillian.xml), as in production. Payara Micro starts once per run, not once
 * per class (ADR 0007); the classes talk to it as clients.
 */
@ArquillianSuiteDeployment
public final class PlatformDeployment {

    private PlatformDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return TestPlatform.shopWeb();
    }
}
