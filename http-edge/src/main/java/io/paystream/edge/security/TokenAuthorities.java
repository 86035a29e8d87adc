package io.paystream.edge.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * A token's authorities: its scopes ({@link Scopes#authority}) and the operator roles of the user it was issued to
 * ({@link Roles#authority}), from Keycloak's {@code realm_access.roles} or Cognito's {@code cognito:groups}.
 */
final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.authority(role))));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static List<String> roles(Jwt jwt) {
        List<String> roles = new ArrayList<>();
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(role -> roles.add(String.valueOf(role)));
        }
        if (jwt.getClaim("cognito:groups") instanceof Collection<?> groups) {
            groups.forEach(group -> roles.add(String.valueOf(group)));
        }
        return roles;
    }
}
