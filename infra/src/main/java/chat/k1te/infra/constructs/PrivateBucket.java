package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentConfig;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementCondition;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementPrincipals;
import chat.k1te.infra.aws.s3_bucket.S3Bucket;
import chat.k1te.infra.aws.s3_bucket.S3BucketConfig;
import chat.k1te.infra.aws.s3_bucket_cors_configuration.S3BucketCorsConfiguration;
import chat.k1te.infra.aws.s3_bucket_cors_configuration.S3BucketCorsConfigurationConfig;
import chat.k1te.infra.aws.s3_bucket_cors_configuration.S3BucketCorsConfigurationCorsRule;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationConfig;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleExpiration;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import chat.k1te.infra.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import chat.k1te.infra.aws.s3_bucket_ownership_controls.S3BucketOwnershipControls;
import chat.k1te.infra.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsConfig;
import chat.k1te.infra.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsRule;
import chat.k1te.infra.aws.s3_bucket_policy.S3BucketPolicy;
import chat.k1te.infra.aws.s3_bucket_policy.S3BucketPolicyConfig;
import chat.k1te.infra.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlock;
import chat.k1te.infra.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlockConfig;
import chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationAConfig;
import chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleA;
import chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA;
import chat.k1te.infra.aws.s3_bucket_versioning.S3BucketVersioningA;
import chat.k1te.infra.aws.s3_bucket_versioning.S3BucketVersioningAConfig;
import chat.k1te.infra.aws.s3_bucket_versioning.S3BucketVersioningVersioningConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.constructs.Construct;

/**
 * A bucket nobody outside the account can reach: all public access blocked, ACLs disabled,
 * encrypted at rest, TLS-only, with expiry rules per key prefix.
 */
public final class PrivateBucket extends Construct {

  /**
   * @param namePrefix Terraform adds a random suffix (bucket names are global)
   * @param forceDestroy whether {@code terraform destroy} may delete a non-empty bucket
   * @param expiries objects under a prefix expire after some days
   * @param immutable empty, or the versioned bucket's key prefixes whose objects nobody may delete
   *     and, for {@link Immutable#writeOnce()}, nobody may put without {@code If-None-Match}
   */
  public record Props(
      String namePrefix,
      boolean forceDestroy,
      List<Expiry> expiries,
      Optional<Immutable> immutable) {
    public Props {
      Objects.requireNonNull(namePrefix, "namePrefix");
      Objects.requireNonNull(immutable, "immutable");
      expiries = List.copyOf(expiries);
      if (!namePrefix.matches("[a-z0-9][a-z0-9-]{2,36}")) {
        throw new IllegalArgumentException("bucket name prefix is invalid: '" + namePrefix + "'");
      }
    }

    public Props(String namePrefix, boolean forceDestroy, List<Expiry> expiries) {
      this(namePrefix, forceDestroy, expiries, Optional.empty());
    }
  }

  /**
   * A versioned bucket whose history cannot be rewritten: objects under {@code undeletable} can
   * neither be deleted nor have a version deleted by any principal (lifecycle expiry still
   * applies), and objects under {@code writeOnce} can only be created with {@code If-None-Match:
   * *}, so an existing key is never replaced. Noncurrent versions expire after {@code
   * noncurrentDays}.
   */
  public record Immutable(List<String> undeletable, List<String> writeOnce, int noncurrentDays) {
    public Immutable {
      undeletable = List.copyOf(undeletable);
      writeOnce = List.copyOf(writeOnce);
      if (noncurrentDays < 1) {
        throw new IllegalArgumentException("noncurrent versions must live at least one day");
      }
      for (String prefix : writeOnce) {
        if (!undeletable.contains(prefix)) {
          throw new IllegalArgumentException(
              "write-once prefix "
                  + prefix
                  + " must also be undeletable, or delete + put replaces");
        }
      }
    }
  }

  /** Objects whose key starts with {@code prefix} ("" = all) are deleted after {@code days}. */
  public record Expiry(String id, String prefix, int days) {
    public Expiry {
      if (days < 1) {
        throw new IllegalArgumentException("expiry " + id + " must be at least one day");
      }
    }
  }

  private final S3Bucket bucket;

  public PrivateBucket(Construct scope, String id, Props props) {
    super(scope, id);
    bucket =
        new S3Bucket(
            this,
            "bucket",
            S3BucketConfig.builder()
                .bucketPrefix(props.namePrefix())
                .forceDestroy(props.forceDestroy())
                .build());
    new S3BucketPublicAccessBlock(
        this,
        "public-access-block",
        S3BucketPublicAccessBlockConfig.builder()
            .bucket(bucket.getId())
            .blockPublicAcls(true)
            .blockPublicPolicy(true)
            .ignorePublicAcls(true)
            .restrictPublicBuckets(true)
            .build());
    new S3BucketOwnershipControls(
        this,
        "ownership",
        S3BucketOwnershipControlsConfig.builder()
            .bucket(bucket.getId())
            .rule(
                S3BucketOwnershipControlsRule.builder()
                    .objectOwnership("BucketOwnerEnforced")
                    .build())
            .build());
    new S3BucketServerSideEncryptionConfigurationA(
        this,
        "encryption",
        S3BucketServerSideEncryptionConfigurationAConfig.builder()
            .bucket(bucket.getId())
            .rule(
                List.of(
                    S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(
                            S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA
                                .builder()
                                .sseAlgorithm("AES256")
                                .build())
                        .build()))
            .build());
    props
        .immutable()
        .ifPresent(
            immutable ->
                new S3BucketVersioningA(
                    this,
                    "versioning",
                    S3BucketVersioningAConfig.builder()
                        .bucket(bucket.getId())
                        .versioningConfiguration(
                            S3BucketVersioningVersioningConfiguration.builder()
                                .status("Enabled")
                                .build())
                        .build()));
    new S3BucketPolicy(
        this,
        "tls-only",
        S3BucketPolicyConfig.builder()
            .bucket(bucket.getId())
            .policy(policy(props.immutable()).getJson())
            .build());
    if (!props.expiries().isEmpty()) {
      int noncurrentDays = props.immutable().map(Immutable::noncurrentDays).orElse(0);
      new S3BucketLifecycleConfiguration(
          this,
          "lifecycle",
          S3BucketLifecycleConfigurationConfig.builder()
              .bucket(bucket.getId())
              .rule(props.expiries().stream().map(e -> rule(e, noncurrentDays)).toList())
              .build());
    }
  }

  private DataAwsIamPolicyDocument policy(Optional<Immutable> immutable) {
    List<DataAwsIamPolicyDocumentStatement> statements = new ArrayList<>();
    statements.add(tlsOnly());
    immutable.ifPresent(
        i -> {
          if (!i.undeletable().isEmpty()) {
            statements.add(
                denyEveryone(
                    "DenyDeletingArtifacts",
                    List.of("s3:DeleteObject", "s3:DeleteObjectVersion"),
                    i.undeletable(),
                    List.of()));
          }
          if (!i.writeOnce().isEmpty()) {
            statements.add(
                denyEveryone(
                    "DenyOverwritingRecords",
                    List.of("s3:PutObject"),
                    i.writeOnce(),
                    List.of(
                        DataAwsIamPolicyDocumentStatementCondition.builder()
                            .test("Null")
                            .variable("s3:if-none-match")
                            .values(List.of("true"))
                            .build())));
          }
        });
    return new DataAwsIamPolicyDocument(
        this,
        "tls-only-policy",
        DataAwsIamPolicyDocumentConfig.builder().statement(statements).build());
  }

  private DataAwsIamPolicyDocumentStatement denyEveryone(
      String sid,
      List<String> actions,
      List<String> prefixes,
      List<DataAwsIamPolicyDocumentStatementCondition> when) {
    return DataAwsIamPolicyDocumentStatement.builder()
        .sid(sid)
        .effect("Deny")
        .actions(actions)
        .resources(prefixes.stream().map(p -> bucket.getArn() + "/" + p + "*").toList())
        .principals(
            List.of(
                DataAwsIamPolicyDocumentStatementPrincipals.builder()
                    .type("*")
                    .identifiers(List.of("*"))
                    .build()))
        .condition(when)
        .build();
  }

  private DataAwsIamPolicyDocumentStatement tlsOnly() {
    return DataAwsIamPolicyDocumentStatement.builder()
        .sid("DenyInsecureTransport")
        .effect("Deny")
        .actions(List.of("s3:*"))
        .resources(List.of(bucket.getArn(), bucket.getArn() + "/*"))
        .principals(
            List.of(
                DataAwsIamPolicyDocumentStatementPrincipals.builder()
                    .type("*")
                    .identifiers(List.of("*"))
                    .build()))
        .condition(
            List.of(
                DataAwsIamPolicyDocumentStatementCondition.builder()
                    .test("Bool")
                    .variable("aws:SecureTransport")
                    .values(List.of("false"))
                    .build()))
        .build();
  }

  private static S3BucketLifecycleConfigurationRule rule(Expiry expiry, int noncurrentDays) {
    S3BucketLifecycleConfigurationRule.Builder rule =
        S3BucketLifecycleConfigurationRule.builder()
            .id(expiry.id())
            .status("Enabled")
            .filter(
                S3BucketLifecycleConfigurationRuleFilter.builder().prefix(expiry.prefix()).build())
            .expiration(
                S3BucketLifecycleConfigurationRuleExpiration.builder().days(expiry.days()).build())
            .abortIncompleteMultipartUpload(
                S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                    .daysAfterInitiation(1)
                    .build());
    if (noncurrentDays > 0) {
      rule.noncurrentVersionExpiration(
          S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
              .noncurrentDays(noncurrentDays)
              .build());
    }
    return rule.build();
  }

  /**
   * Browsers upload and download through presigned URLs: HEAD, GET and PUT from any origin (the
   * signature, not the origin, is the access check).
   */
  public void allowBrowserTransfers() {
    new S3BucketCorsConfiguration(
        this,
        "cors",
        S3BucketCorsConfigurationConfig.builder()
            .bucket(bucket.getId())
            .corsRule(
                List.of(
                    S3BucketCorsConfigurationCorsRule.builder()
                        .allowedMethods(List.of("HEAD", "GET", "PUT"))
                        .allowedOrigins(List.of("*"))
                        .allowedHeaders(List.of("*"))
                        .exposeHeaders(List.of("ETag"))
                        .maxAgeSeconds(3600)
                        .build()))
            .build());
  }

  public S3Bucket bucket() {
    return bucket;
  }

  public String name() {
    return bucket.getBucket();
  }

  public String arn() {
    return bucket.getArn();
  }

  /** ARN pattern of the objects under a key prefix, e.g. {@code lambda/*}. */
  public String objects(String keyPattern) {
    return bucket.getArn() + "/" + keyPattern;
  }
}
