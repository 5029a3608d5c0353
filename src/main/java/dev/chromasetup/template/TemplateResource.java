package dev.chromasetup.template;

/** One resource of the template: its logical id and CloudFormation type (AWS::EC2::Instance, ...). */
public record TemplateResource(String logicalId, String type) {
}
