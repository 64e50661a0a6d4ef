// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Owns the one Camel context of the application. Camel 4 has no CDI integration any more, so this
 * bean does what camel-cdi did: it starts the context with the application, adds every route builder
 * that is a CDI bean, lets Camel find CDI beans by name, runs Camel's threads on the server's managed
 * thread factory (so they see the application's class loader and naming context) and stops the
 * context, letting running exchanges finish, when the application stops.
 */
@Startup
@Singleton
public class CamelHost {

    private static final Logger LOG = Logger.getLogger(CamelHost.class.getName());

    @Inject
    @Any
    Instance<RoutesBuilder> routes;

    @Inject
    BeanManager beanManager;

    @Resource
    ManagedThreadFactory threadFactory;

    private DefaultCamelContext context;

    private ProducerTemplate producer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        context = new DefaultCamelContext(new CdiBeanRegistry(beanManager));
        context.getCamelContextExtension().setName("innenstadt");
        context.getExecutorServiceManager().setThreadNamePattern("camel-#name#-#counter#");
        context.getExecutorServiceManager().setThreadPoolFactory(new ManagedThreadPoolFactory(threadFactory));
        try {
            for (RoutesBuilder builder : routes) {
                context.addRoutes(builder);
            }
        } catch (Exception e) {
            throw new IllegalStateException("The integration routes could not be built: " + e.getMessage(), e);
        }
        context.start();
        producer = context.createProducerTemplate();
        LOG.info(() -> "Camel started with " + context.getRoutes().size() + " routes");
    }

    @PreDestroy
    void stop() {
        try {
            producer.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Closing the producer template failed", e);
        }
        context.stop();
    }

    /** The running context, for the few services that hand work to a route (e.g. a portal upload). */
    public CamelContext context() {
        return context;
    }

    /** A shared, thread-safe producer for sending to routes from services. */
    public ProducerTemplate producer() {
        return producer;
    }
}
