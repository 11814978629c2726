package io.huike.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every sweep the same running platform and seeded communities: they are started for the first sweep and
 * kept in the root store, which closes them when the whole run ends. The sweeps run after every other test class
 * (see junit-platform.properties), so no other platform of this module runs at the same time.
 */
final class SweptPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SweptPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SweepFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        SweepFixture.class,
                        key -> {
                            try {
                                return SweepFixture.start();
                            } catch (Exception e) {
                                throw new IllegalStateException("The platform did not start", e);
                            }
                        },
                        SweepFixture.class);
    }
}
