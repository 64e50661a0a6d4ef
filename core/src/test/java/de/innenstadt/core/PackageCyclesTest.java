// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The bounded contexts of core (account, catalog, city, feed, inventory, merchant, notification, reservation) and
 * the shared platform package depend on each other in one direction only: a cycle means two contexts can no longer
 * be understood, tested or changed apart. The order is written down in docs/architecture.md.
 */
class PackageCyclesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.innenstadt.core");

    @Test
    void thePackagesOfCoreFormNoCycle() {
        slices().matching("de.innenstadt.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
