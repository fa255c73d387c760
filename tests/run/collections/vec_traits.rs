// Vec's trait impls: Clone, Debug, comparisons with vectors, slices and arrays, ordering,
// Hash, Default, conversions.
use std::hash::{Hash, Hasher};

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

fn hash_of<T: Hash + ?Sized>(x: &T) -> u64 {
    let mut h = Fnv(0xcbf29ce484222325);
    x.hash(&mut h);
    h.finish()
}

fn main() {
    let v = vec![1, 2, 3];
    let c = v.clone();
    println!("{:?} {:?}", v, c);
    println!("{:#?}", v);
    let nested = vec![vec![1], vec![], vec![2, 3]];
    println!("{:?}", nested);
    let strs = vec!["a\"b", "c"];
    println!("{:?}", strs);

    println!("{}", v == c);
    println!("{}", v != vec![1, 2]);
    println!("{}", v == [1, 2, 3]);
    println!("{}", v == &[1, 2, 3]);
    println!("{}", v == &[1, 2, 3][..]);
    println!("{}", &[1, 2, 3][..] == v);
    let s: &[i32] = &[1, 2, 3];
    println!("{}", s == v);
    println!("{}", v[..] == c[..]);

    println!("{}", vec![1, 2] < vec![1, 3]);
    println!("{}", vec![1, 2] < vec![1, 2, 0]);
    println!("{:?}", vec![3].cmp(&vec![2, 9]));
    println!("{:?}", vec![1.0, 2.0].partial_cmp(&vec![1.0, 2.0]));
    let mut vs = vec![vec![2, 1], vec![1, 5], vec![1]];
    vs.sort();
    println!("{:?}", vs);
    println!("{:?}", vs.iter().max());

    println!("{}", hash_of(&vec![1u8, 2, 3]) == hash_of(&[1u8, 2, 3][..]));
    println!("{}", hash_of(&vec![1u8, 2, 3]) == hash_of(&vec![1u8, 2]));
    println!("{}", hash_of(&vec![1u8, 2, 3]));

    let d: Vec<i32> = Default::default();
    println!("{:?}", d);

    let from_arr = Vec::from([4, 5, 6]);
    let from_slice: Vec<i32> = Vec::from(&[7, 8][..]);
    let from_str: Vec<u8> = Vec::from("hi");
    let from_string: Vec<u8> = String::from("yo").into();
    let arr_ref: Vec<char> = (&['x', 'y']).into();
    println!("{:?} {:?} {:?} {:?} {:?}", from_arr, from_slice, from_str, from_string, arr_ref);
    let back: [i32; 3] = from_arr.try_into().unwrap();
    println!("{:?}", back);
    let bad: Result<[i32; 2], Vec<i32>> = vec![1].try_into();
    println!("{:?}", bad);

    let r: &[i32] = v.as_ref();
    println!("{:?} {:?}", r, v.as_slice());
    let mut m = vec![3, 1, 2];
    m.as_mut_slice().sort_unstable();
    println!("{:?}", m);
    let p = m.as_ptr();
    println!("{}", unsafe { *p.add(1) });
}
