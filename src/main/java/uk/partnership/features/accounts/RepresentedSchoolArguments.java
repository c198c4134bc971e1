package uk.partnership.features.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.partnership.base.schools.RepresentedSchool;

/**
 * Lets a controller in any module take the signed-in representative's school as a {@link RepresentedSchool}
 * parameter, as {@link ActorArguments} does for who did it; anyone who is not a representative of a school is refused.
 */
@Configuration(proxyBeanMethods = false)
class RepresentedSchoolArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RepresentedSchool.class;
    }

    @Override
    public RepresentedSchool resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                             NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        if (request.getUserPrincipal() instanceof Authentication signedIn
                && signedIn.getPrincipal() instanceof SignedInUser user
                && user.role() == Role.REPRESENTATIVE && user.schoolId() != null) {
            return new RepresentedSchool(user.schoolId());
        }
        throw new AccessDeniedException("only a school's representative acts for it");
    }
}
