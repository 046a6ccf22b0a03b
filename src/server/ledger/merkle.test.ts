import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT, leafHash, MerkleAccumulator } from './merkle';

// The certificate-transparency test vectors (RFC 6962 implementations share them): leaves and the root of each size.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe("the ledger's Merkle tree (RFC 6962)", () => {
  it("gives the test vectors' root for every size from the empty tree to eight leaves", () => {
    const tree = new MerkleAccumulator();
    expect(tree.root()).toBe(EMPTY_ROOT);
    expect(EMPTY_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    LEAVES.forEach((hex, i) => {
      tree.push(leafHash(Buffer.from(hex, 'hex')));
      expect(tree.root(), `size ${i + 1}`).toBe(ROOTS[i]);
    });
  });

  it('changes the root when two leaves change places', () => {
    const a = new MerkleAccumulator();
    const b = new MerkleAccumulator();
    for (const hex of LEAVES) a.push(leafHash(Buffer.from(hex, 'hex')));
    for (const hex of [LEAVES[1]!, LEAVES[0]!, ...LEAVES.slice(2)]) b.push(leafHash(Buffer.from(hex, 'hex')));
    expect(b.root()).not.toBe(a.root());
  });

  it("resumes from any size's frontier and grows on to the same roots; refuses a frontier of the wrong shape", () => {
    for (let size = 1; size < LEAVES.length; size++) {
      const first = new MerkleAccumulator();
      for (const hex of LEAVES.slice(0, size)) first.push(leafHash(Buffer.from(hex, 'hex')));
      const resumed = MerkleAccumulator.resume(size, first.frontier())!;
      expect(resumed.root()).toBe(ROOTS[size - 1]);
      LEAVES.slice(size).forEach((hex, i) => {
        resumed.push(leafHash(Buffer.from(hex, 'hex')));
        expect(resumed.root(), `from ${size} to ${size + i + 1}`).toBe(ROOTS[size + i]);
      });
    }
    const three = new MerkleAccumulator();
    for (const hex of LEAVES.slice(0, 3)) three.push(leafHash(Buffer.from(hex, 'hex')));
    expect(MerkleAccumulator.resume(4, three.frontier())).toBeUndefined();
    expect(MerkleAccumulator.resume(3, [three.frontier()[0]!, 'xyz'])).toBeUndefined();
  });
});
