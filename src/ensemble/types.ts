/** What ensemble rules see: the nodes of one ensemble, their memberships and quorum. */
import type { ZkModel } from '../model/zk-model.js';
import type { EnsembleNode } from './node.js';
import type { QuorumView } from './quorum.js';
import type { ContainerView } from '../containers/model.js';

export interface MembershipView {
  /** A canonical text of the membership (ids, addresses, roles, groups, weights). */
  signature: string;
  model: ZkModel;
  holders: EnsembleNode[];
}

export interface Ensemble {
  name: string;
  nodes: EnsembleNode[];
  /** Distinct memberships among the nodes, most widely held first. */
  views: MembershipView[];
  /** The quorum of the most widely held membership. */
  quorum: QuorumView | undefined;
  /** server id or host → zone, as given. */
  zones: ReadonlyMap<string, string>;
  /** The --fault-tolerance target, when given. */
  faultTolerance?: number;
  /** Set when the nodes come from one compose file or Kubernetes manifest (container rules read it). */
  containers?: ContainerView;
}
