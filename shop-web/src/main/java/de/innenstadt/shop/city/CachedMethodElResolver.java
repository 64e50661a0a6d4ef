// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Calls methods named in expressions ({@code #{hit.title()}}, {@code #{searchView.link(name, value)}})
 * through a per-class cache. Jakarta EL 5 has no property access to records, so the pages call their
 * accessors, and its {@code BeanELResolver} looks every call up again: it copies the class's public
 * methods and compares them, which was the largest single cost of rendering the results page (about
 * a seventh of Payara's CPU time, see docs/benchmarks.md). Only methods that are unambiguous by name
 * and number of arguments, not variable-arity and declared in a public class are taken; everything
 * else is left to the standard resolvers, so what an expression means does not change.
 */
public class CachedMethodElResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return callableMethods(type);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> found = METHODS.get(base.getClass()).getOrDefault(key(name, arguments.length), Optional.empty());
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        try {
            Object result = target.invoke(base, converted);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** Public methods of the first public class up the hierarchy, by name and arity, where that pair is unique. */
    private static Map<String, Optional<Method>> callableMethods(Class<?> type) {
        Class<?> publicType = type;
        while (publicType != null && !Modifier.isPublic(publicType.getModifiers())) {
            publicType = publicType.getSuperclass();
        }
        if (publicType == null) {
            return Map.of();
        }
        Map<String, Optional<Method>> methods = new HashMap<>();
        Arrays.stream(publicType.getMethods())
                .filter(m -> !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                .forEach(m -> methods.merge(key(m.getName(), m.getParameterCount()), usable(m), (a, b) -> Optional.empty()));
        return Map.copyOf(methods);
    }

    private static Optional<Method> usable(Method method) {
        return method.isVarArgs() || !Modifier.isPublic(method.getDeclaringClass().getModifiers())
                ? Optional.empty() : Optional.of(method);
    }

    private static String key(String name, int arity) {
        return name + '/' + arity;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // only method calls are resolved here; properties are left to the standard resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
