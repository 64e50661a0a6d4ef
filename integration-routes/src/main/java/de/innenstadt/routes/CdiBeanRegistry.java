// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.support.SimpleRegistry;
import org.apache.camel.spi.BeanRepository;

/**
 * Lets routes refer to CDI beans by their {@code @Named} name or by type (e.g. {@code bean:feedImports}),
 * while beans that Camel itself binds stay in Camel's own simple registry.
 */
final class CdiBeanRegistry extends DefaultRegistry {

    CdiBeanRegistry(BeanManager beanManager) {
        super(new CdiBeanRepository(beanManager));
        setFallbackRegistry(new SimpleRegistry());
    }

    private record CdiBeanRepository(BeanManager beanManager) implements BeanRepository {

        @Override
        public Object lookupByName(String name) {
            return resolve(beanManager.getBeans(name)).orElse(null);
        }

        @Override
        public <T> T lookupByNameAndType(String name, Class<T> type) {
            Object bean = lookupByName(name);
            return type.isInstance(bean) ? type.cast(bean) : null;
        }

        @Override
        public <T> Map<String, T> findByTypeWithName(Class<T> type) {
            return beanManager.getBeans(type).stream()
                    .filter(bean -> bean.getName() != null)
                    .collect(Collectors.toMap(Bean::getName, bean -> type.cast(reference(bean, type))));
        }

        @Override
        public <T> Set<T> findByType(Class<T> type) {
            Set<T> found = new HashSet<>();
            for (Bean<?> bean : beanManager.getBeans(type)) {
                found.add(type.cast(reference(bean, type)));
            }
            return found;
        }

        private Optional<Object> resolve(Set<Bean<?>> beans) {
            if (beans.isEmpty()) {
                return Optional.empty();
            }
            Bean<?> bean = beanManager.resolve(beans);
            return Optional.of(reference(bean, bean.getBeanClass()));
        }

        private Object reference(Bean<?> bean, Class<?> type) {
            return beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
        }
    }
}
