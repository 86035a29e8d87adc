/** Who may call what: the scope each public route needs. */
package io.paystream.facade.security;
