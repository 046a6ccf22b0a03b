// Each process's legal skeleton lives in its pack (src/processes/<type>/skeleton.ts).
export { SKELETONS } from '../../processes/registry';
