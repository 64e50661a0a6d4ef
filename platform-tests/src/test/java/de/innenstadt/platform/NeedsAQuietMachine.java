// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose assertions hold only while the suite alone uses the machine: it measures time
 * against a limit (a stock change searchable within two seconds) or takes a shared server away
 * (Elasticsearch's outage). The classes that run {@link BesideTheSuite} wait until every class with
 * this mark has ended.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface NeedsAQuietMachine {
}
