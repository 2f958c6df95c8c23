/**
 * Vocabularies for the generated pages and lexicons. The article vocabulary is the register of
 * news and policy writing (so synthetic aliases built from institution words share prefixes with
 * the running text, as real ones do); the unrelated vocabulary (kitchen, garden, sky) shares only
 * function words with any alias, so the no-match page really matches nothing.
 */

export const FUNCTION_WORDS = [
  'the', 'the', 'the', 'of', 'of', 'and', 'and', 'to', 'in', 'in', 'a', 'a', 'for', 'on', 'with', 'as',
  'by', 'at', 'from', 'that', 'this', 'which', 'its', 'their', 'it', 'is', 'was', 'were', 'has', 'had',
  'have', 'be', 'been', 'not', 'but', 'or', 'more', 'most', 'also', 'after', 'before', 'over', 'into',
  'than', 'when', 'while', 'where', 'both', 'each', 'other', 'some', 'many', 'few', 'all', 'about',
];

export const ARTICLE_WORDS = [
  'government', 'officials', 'officers', 'mission', 'missions', 'deployment', 'policy', 'policies',
  'delegation', 'cooperation', 'partners', 'partnership', 'training', 'capacity', 'contribution',
  'contributions', 'international', 'regional', 'national', 'security', 'defence', 'foreign',
  'ministry', 'minister', 'country', 'countries', 'region', 'leaders', 'leadership', 'agreement',
  'agreements', 'statement', 'conference', 'report', 'reports', 'analysis', 'debate', 'strategy',
  'approach', 'role', 'interests', 'commitment', 'support', 'personnel', 'troops', 'staff',
  'hospital', 'medical', 'engineers', 'equipment', 'budget', 'funding', 'years', 'year', 'decade',
  'since', 'during', 'between', 'across', 'under', 'towards', 'including', 'according', 'noted',
  'said', 'argued', 'announced', 'reported', 'confirmed', 'expected', 'planned', 'sent', 'deployed',
  'trained', 'prepared', 'visited', 'hosted', 'signed', 'adopted', 'approved', 'raised', 'increased',
  'expanded', 'limited', 'early', 'first', 'second', 'third', 'new', 'recent', 'former', 'senior',
  'local', 'public', 'political', 'economic', 'diplomatic', 'military', 'civilian', 'humanitarian',
  'multilateral', 'bilateral', 'global', 'stable', 'active', 'proactive', 'careful', 'modest',
  'significant', 'important', 'broader', 'growing', 'long', 'short', 'major', 'minor', 'community',
  'communities', 'observers', 'scholars', 'researchers', 'journalists', 'sources', 'documents',
  'figures', 'numbers', 'records', 'press', 'media', 'experience', 'lessons', 'challenges', 'risks',
  'opportunities', 'reforms', 'integration', 'relations', 'dialogue', 'talks', 'negotiations',
  'consensus', 'framework', 'principles', 'objectives', 'priorities', 'programme', 'plan', 'plans',
  'project', 'projects', 'meeting', 'meetings', 'summit', 'forum', 'session', 'term', 'seat',
  'council', 'assembly', 'committee', 'institute', 'department', 'agency', 'office', 'centre',
];

export const UNRELATED_WORDS = [
  'kitchen', 'recipe', 'recipes', 'flour', 'butter', 'sugar', 'salt', 'pepper', 'garlic', 'onion',
  'onions', 'tomato', 'tomatoes', 'basil', 'thyme', 'rosemary', 'oven', 'pan', 'skillet', 'dough',
  'bread', 'loaf', 'crust', 'sauce', 'soup', 'stew', 'simmer', 'roast', 'bake', 'baked', 'stir',
  'whisk', 'knead', 'slice', 'chop', 'minced', 'golden', 'crisp', 'tender', 'fresh', 'ripe', 'sweet',
  'sour', 'bitter', 'spicy', 'lemon', 'olive', 'cheese', 'cream', 'yogurt', 'honey', 'vinegar',
  'garden', 'gardener', 'soil', 'compost', 'seedlings', 'seeds', 'roots', 'leaves', 'petals', 'bloom',
  'blossom', 'shrubs', 'hedge', 'lawn', 'mulch', 'pruning', 'watering', 'rainfall', 'sunlight',
  'shade', 'frost', 'spring', 'summer', 'autumn', 'winter', 'morning', 'evening', 'night', 'sky',
  'telescope', 'eyepiece', 'planet', 'planets', 'moon', 'crater', 'craters', 'comet', 'meteor',
  'galaxy', 'nebula', 'stars', 'orbit', 'eclipse', 'horizon', 'twilight', 'lens', 'mirror', 'tripod',
  'binoculars', 'observing', 'faint', 'bright', 'distant', 'small', 'large', 'warm', 'cool', 'quiet',
  'gentle', 'slow', 'quick', 'careful', 'patient', 'simple', 'easy', 'hard', 'soft', 'thick', 'thin',
  'cup', 'cups', 'spoon', 'tablespoon', 'teaspoon', 'minutes', 'hours', 'degrees', 'grams', 'bowl',
  'plate', 'table', 'window', 'porch', 'path', 'fence', 'bench', 'pond', 'bird', 'birds', 'bees',
  'butterflies', 'worms', 'snails', 'squash', 'beans', 'peas', 'carrots', 'lettuce', 'potatoes',
];

/** Words for the synthetic lexicon's institutions, fields, places and people. */
export const INSTITUTION_KINDS = [
  'Ministry', 'Department', 'Institute', 'Committee', 'Council', 'Agency', 'Bureau', 'Office',
  'Centre', 'Commission', 'Authority', 'Foundation', 'Academy', 'Programme', 'Directorate', 'Board',
  'Secretariat', 'Fund', 'Service', 'Taskforce',
];

export const FIELDS = [
  'Agriculture', 'Rural Development', 'Water Resources', 'Public Health', 'Higher Education',
  'Labour', 'Social Affairs', 'Transport', 'Maritime Affairs', 'Fisheries', 'Forestry', 'Energy',
  'Mining', 'Trade', 'Industry', 'Finance', 'Taxation', 'Customs', 'Statistics', 'Planning',
  'Investment', 'Justice', 'Home Affairs', 'Ethnic Minorities', 'Religious Affairs', 'Culture',
  'Sports', 'Tourism', 'Information', 'Communications', 'Science', 'Technology', 'Innovation',
  'Environment', 'Climate Change', 'Disaster Management', 'Border Affairs', 'Veterans', 'Youth',
  'Women', 'Children', 'Population', 'Housing', 'Construction', 'Urban Planning', 'Land Management',
  'Aviation', 'Railways', 'Ports', 'Logistics', 'Banking', 'Insurance', 'Securities', 'Competition',
  'Consumer Protection', 'Food Safety', 'Nutrition', 'Pharmaceuticals', 'Vaccines', 'Hospitals',
  'Nursing', 'Vocational Training', 'Digital Transformation', 'Cybersecurity', 'Meteorology',
  'Hydrology', 'Oceanography', 'Geology', 'Archives', 'Heritage', 'Museums', 'Libraries',
  'Broadcasting', 'Publishing', 'Press Affairs', 'Emulation', 'Inspection', 'Audit', 'Anti-Corruption',
  'Legal Aid', 'Civil Registration', 'Public Procurement', 'State Capital', 'Cooperatives',
];

export const QUALIFIERS = [
  'National', 'Central', 'Regional', 'Provincial', 'Joint', 'Standing', 'Permanent', 'Interim',
  'Special', 'General', 'Supreme', 'Federal', 'Northern', 'Southern', 'Eastern', 'Western', 'Coastal',
  'Highland', 'Metropolitan', 'Municipal',
];

export const PLACE_STEMS = [
  'Ban', 'Bac', 'Binh', 'Ca', 'Cao', 'Dak', 'Dien', 'Dong', 'Gia', 'Ha', 'Hai', 'Hoa', 'Hung', 'Khanh',
  'Kien', 'Kon', 'Lai', 'Lam', 'Lang', 'Lao', 'Long', 'Nam', 'Nghe', 'Ninh', 'Phu', 'Quang', 'Soc',
  'Son', 'Tay', 'Thai', 'Thanh', 'Thua', 'Tien', 'Tra', 'Tuyen', 'Vinh', 'Yen', 'Kra', 'Mae', 'Chiang',
  'Surat', 'Nakhon', 'Kampong', 'Siem', 'Battam', 'Luang', 'Savan', 'Champa', 'Pak', 'Muang',
];

export const PLACE_ENDS = [
  'Giang', 'Ninh', 'Dinh', 'Thuan', 'Phuoc', 'Duong', 'Tinh', 'Binh', 'Hoa', 'Tum', 'Chau', 'Dong',
  'Son', 'Ngai', 'Tri', 'Nguyen', 'Vang', 'Quang', 'Long', 'Bai', 'Phong', 'Cham', 'Reap', 'Bang',
  'Prabang', 'Nakhet', 'Sak', 'Rai', 'Thani', 'Pathom', 'Speu', 'Thom', 'Kiet', 'Loc', 'Lieu',
];

export const PLACE_KINDS = ['Province', 'District', 'River', 'Delta', 'Highlands', 'Port', 'Industrial Zone', 'Nature Reserve', 'Border Gate', 'Airport'];

export const SURNAMES = [
  'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong',
  'Ly', 'Truong', 'Dinh', 'Mai', 'Trinh', 'Lam', 'Chu', 'Ta', 'Luong', 'Quach', 'Kieu', 'Ha', 'Tong',
  'Lai', 'Cao', 'Thai', 'Somchai', 'Sok', 'Chan', 'Lim', 'Tan', 'Wong', 'Santos', 'Reyes', 'Cruz',
  'Suharto', 'Wijaya', 'Pratama', 'Rahman', 'Ismail', 'Hassan', 'Kyaw', 'Aung', 'Thein', 'Win',
];

export const MIDDLE_NAMES = [
  'Van', 'Thi', 'Duc', 'Minh', 'Quoc', 'Huu', 'Xuan', 'Thanh', 'Ngoc', 'Kim', 'Hong', 'Dinh', 'Cong',
  'Manh', 'Tien', 'Bao', 'Gia', 'Khac', 'Trong', 'Viet', 'Anh', 'Phuong', 'Hai', 'Tuan',
];

export const GIVEN_NAMES = [
  'An', 'Anh', 'Bao', 'Binh', 'Chau', 'Chi', 'Cuong', 'Dung', 'Duy', 'Giang', 'Ha', 'Hai', 'Hanh',
  'Hieu', 'Hoa', 'Hung', 'Huong', 'Huy', 'Khanh', 'Khoa', 'Lan', 'Linh', 'Loan', 'Long', 'Mai', 'Minh',
  'My', 'Nam', 'Nga', 'Ngoc', 'Nhung', 'Phong', 'Phuc', 'Phuong', 'Quan', 'Quang', 'Quynh', 'Son',
  'Tam', 'Tan', 'Thao', 'Thang', 'Thanh', 'Thu', 'Thuy', 'Tien', 'Toan', 'Trang', 'Tri', 'Trung',
  'Tuan', 'Tung', 'Uyen', 'Van', 'Viet', 'Vinh', 'Vy', 'Xuan', 'Yen', 'Dat', 'Hoang', 'Khai', 'Loc',
];

export const TITLES = ['Minister', 'Deputy Minister', 'General', 'Colonel', 'Ambassador', 'Professor', 'Dr.', 'Director', 'Chairman', 'Governor', 'Senator', 'Major'];

export const EVENT_KINDS = ['Forum', 'Summit', 'Conference', 'Dialogue', 'Symposium', 'Roundtable', 'Workshop', 'Congress', 'Expo', 'Festival'];

export const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', '11th', '12th', '13th', '14th', '15th', '20th', '25th'];

export const DOC_KINDS: [string, string][] = [
  ['Decree', 'ND-CP'], ['Decision', 'QD-TTg'], ['Circular', 'TT-BQP'], ['Resolution', 'NQ-CP'],
  ['Directive', 'CT-TTg'], ['Law', 'QH15'], ['Ordinance', 'UBTVQH'], ['Plan', 'KH-BNG'],
];
