/** For the services that execute with merchants' credentials: fetch them sealed from merchant-service, open them. */
package io.paystream.credentials.client;
