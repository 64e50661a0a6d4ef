// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The public REST API that apps and other cities build on; versioned in the path and kept stable. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Innenstadt public API", version = "1",
        description = "Find products in the shops of a city centre, and reserve them for pickup.",
        license = @License(name = "EUPL-1.2")))
public class PublicApi extends Application {
}
