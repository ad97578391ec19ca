/**
 * The people behind the demo logins: their NIP is the login that `npx lentera demo-logins` prints and the e2e
 * journeys use, so it is pinned here instead of being drawn with the rest of the population. Birth date, start
 * of service and sex are read from the NIP; rank and position follow from them as for everyone else.
 */
export interface DemoPerson {
  nip: string;
  name: string;
  backTitle: string | null;
  education: string;
  major: string;
}

export type DemoRole = 'employee' | 'supervisor' | 'unit_admin';

export const DEMO_PEOPLE: Record<string, Record<DemoRole, DemoPerson>> = {
  dumai: {
    employee: {
      nip: '197001271996031001',
      name: 'Syahrul Sabu',
      backTitle: 'S.T., M.T.',
      education: 'S2',
      major: 'Magister Teknik Sipil',
    },
    supervisor: {
      nip: '198209012009032001',
      name: 'Wulan Tallo',
      backTitle: 'S.Sos., M.AP.',
      education: 'S2',
      major: 'Magister Administrasi Publik',
    },
    unit_admin: {
      nip: '198212032009042001',
      name: 'Oktaviani Simanjuntak',
      backTitle: 'S.Kom., M.Kom.',
      education: 'S2',
      major: 'Magister Ilmu Komputer',
    },
  },
  kupang: {
    employee: {
      nip: '197803222001011001',
      name: 'Arif Chaniago',
      backTitle: 'S.I.P.',
      education: 'S1',
      major: 'Ilmu Pemerintahan',
    },
    supervisor: {
      nip: '197209172005042001',
      name: 'Melati Nenobais',
      backTitle: 'S.H.',
      education: 'S1',
      major: 'Ilmu Hukum',
    },
    unit_admin: {
      nip: '197909272002012001',
      name: 'Mariani Ramadhan',
      backTitle: null,
      education: 'SMA',
      major: 'IPA',
    },
  },
  serang: {
    employee: {
      nip: '197704242000041001',
      name: 'Slamet',
      backTitle: 'A.Md.',
      education: 'D3',
      major: 'Manajemen Informatika',
    },
    supervisor: {
      nip: '197710242003122001',
      name: 'Purnama Situmorang',
      backTitle: 'S.E., M.Si.',
      education: 'S2',
      major: 'Magister Manajemen',
    },
    unit_admin: {
      nip: '199012042021012001',
      name: 'Yanti Tanjung',
      backTitle: 'S.H.',
      education: 'S1',
      major: 'Ilmu Hukum',
    },
  },
  palembang: {
    employee: {
      nip: '197110261994122001',
      name: 'Melati Hidayat',
      backTitle: 'S.T., M.T.',
      education: 'S2',
      major: 'Magister Teknik Sipil',
    },
    supervisor: {
      nip: '198001132012032001',
      name: 'Lina',
      backTitle: 'S.Sos., M.AP.',
      education: 'S2',
      major: 'Magister Administrasi Publik',
    },
    unit_admin: {
      nip: '199410102024031001',
      name: 'Irwan',
      backTitle: 'S.H.',
      education: 'S1',
      major: 'Ilmu Hukum',
    },
  },
  medan: {
    employee: {
      nip: '199210062023041001',
      name: 'Petrus Pohan',
      backTitle: 'S.Kom.',
      education: 'S1',
      major: 'Teknik Informatika',
    },
    supervisor: {
      nip: '197011191996041001',
      name: 'Yohanes Halim',
      backTitle: 'S.Kom., M.Kom.',
      education: 'S2',
      major: 'Magister Ilmu Komputer',
    },
    unit_admin: { nip: '198306102007042001', name: 'Agustina', backTitle: null, education: 'SMA', major: 'IPS' },
  },
};
