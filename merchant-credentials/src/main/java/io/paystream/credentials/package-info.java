/**
 * Each merchant's gateway credentials, sealed by envelope encryption (ARCHITECTURE §11): the credentials are encrypted
 * with a data key of their own (AES-256-GCM, bound to the merchant id), and only the data key is encrypted by the
 * key-encryption key, so rotating that key re-wraps 32 bytes per merchant and never touches the credentials.
 */
package io.paystream.credentials;
