/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateTraining($input: CreateTrainingDeliveryInput!) {\n    createTrainingDelivery(input: $input) {\n      id\n      title\n      startDate\n      participants\n      femaleParticipants\n      country { iso3 }\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  query MissionDeployments($code: String!, $first: Int) {\n    mission(code: $code) {\n      code\n      name\n      startDate\n      endDate\n      leadOrganization { code }\n      hostCountries { iso3 name }\n      deployments(first: $first) {\n        totalCount\n        edges { node { startDate endDate senior source role { name } officer { gender policeService { name } } } }\n      }\n    }\n  }\n": typeof types.MissionDeploymentsDocument,
};
const documents: Documents = {
    "\n  mutation CreateTraining($input: CreateTrainingDeliveryInput!) {\n    createTrainingDelivery(input: $input) {\n      id\n      title\n      startDate\n      participants\n      femaleParticipants\n      country { iso3 }\n    }\n  }\n": types.CreateTrainingDocument,
    "\n  query MissionDeployments($code: String!, $first: Int) {\n    mission(code: $code) {\n      code\n      name\n      startDate\n      endDate\n      leadOrganization { code }\n      hostCountries { iso3 name }\n      deployments(first: $first) {\n        totalCount\n        edges { node { startDate endDate senior source role { name } officer { gender policeService { name } } } }\n      }\n    }\n  }\n": types.MissionDeploymentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraining($input: CreateTrainingDeliveryInput!) {\n    createTrainingDelivery(input: $input) {\n      id\n      title\n      startDate\n      participants\n      femaleParticipants\n      country { iso3 }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTraining($input: CreateTrainingDeliveryInput!) {\n    createTrainingDelivery(input: $input) {\n      id\n      title\n      startDate\n      participants\n      femaleParticipants\n      country { iso3 }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionDeployments($code: String!, $first: Int) {\n    mission(code: $code) {\n      code\n      name\n      startDate\n      endDate\n      leadOrganization { code }\n      hostCountries { iso3 name }\n      deployments(first: $first) {\n        totalCount\n        edges { node { startDate endDate senior source role { name } officer { gender policeService { name } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MissionDeployments($code: String!, $first: Int) {\n    mission(code: $code) {\n      code\n      name\n      startDate\n      endDate\n      leadOrganization { code }\n      hostCountries { iso3 name }\n      deployments(first: $first) {\n        totalCount\n        edges { node { startDate endDate senior source role { name } officer { gender policeService { name } } } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;