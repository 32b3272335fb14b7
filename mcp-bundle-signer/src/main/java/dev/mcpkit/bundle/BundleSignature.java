package dev.mcpkit.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs and verifies an MCP Bundle: a detached CMS (PKCS#7) SignedData with SHA-256 over the bundle's bytes, carrying
 * the signing certificate and its chain and the signed attributes content type, message digest and signing time, in
 * the {@link SignatureBlock} the mcpb CLI reads.
 */
final class BundleSignature {

    private BundleSignature() {
    }

    /** The outcome of a verification, in words a report can show. */
    record Verification(Status status, String signer, boolean selfSigned, String problem) {

        enum Status { UNSIGNED, VALID, INVALID }

        static Verification unsigned() {
            return new Verification(Status.UNSIGNED, null, false, null);
        }

        static Verification invalid(String problem) {
            return new Verification(Status.INVALID, null, false, problem);
        }
    }

    /** Signs the bundle in place. */
    static void sign(Path bundle, SigningIdentity identity) throws IOException, GeneralSecurityException {
        byte[] prepared = SignatureBlock.prepare(Files.readAllBytes(bundle));
        byte[] signature;
        try {
            String algorithm = "SHA256with" + ("EC".equals(identity.key().getAlgorithm()) ? "ECDSA" : identity.key().getAlgorithm());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(identity.key()), identity.certificate()));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            signature = generator.generate(new CMSProcessableByteArray(prepared), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("cannot sign " + bundle.getFileName() + ": " + e.getMessage(), e);
        }
        Path signed = bundle.resolveSibling(bundle.getFileName() + ".signing");
        Files.write(signed, SignatureBlock.append(prepared, signature));
        Files.move(signed, bundle, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Whether the signature matches the bytes it covers and the certificate it carries. Whom to trust is the
     * reader's decision: a self-signed certificate is reported as such.
     */
    static Verification verify(Path bundle) throws IOException {
        Optional<SignatureBlock.Parts> parts = SignatureBlock.find(Files.readAllBytes(bundle));
        if (parts.isEmpty()) {
            return Verification.unsigned();
        }
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(parts.get().signed()), parts.get().signature());
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Verification.invalid("the signature has " + signers.size() + " signers, not one");
            }
            SignerInformation signer = signers.iterator().next();
            if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
                return Verification.invalid("the signature's digest is " + signer.getDigestAlgOID() + ", not SHA-256");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Verification.invalid("the signature carries no signing certificate");
            }
            X509CertificateHolder holder = matches.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return Verification.invalid("the signature does not match the bundle's bytes");
            }
            return new Verification(Verification.Status.VALID, holder.getSubject().toString(),
                    holder.getSubject().equals(holder.getIssuer()), null);
        } catch (CMSException e) {
            return Verification.invalid("the bundle's bytes do not match its signature (" + e.getMessage() + ")");
        } catch (OperatorCreationException | CertificateException | RuntimeException e) {
            return Verification.invalid("the signature cannot be read: " + e.getMessage());
        }
    }
}
